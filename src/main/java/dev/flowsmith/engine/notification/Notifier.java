package dev.flowsmith.engine.notification;

import dev.flowsmith.engine.value.JsValue;
import java.util.List;

/**
 * Creates notifications, as Directus' NotificationsService {@code createMany} does: all of them
 * or none, returning their new ids in order. A run finds its notifier among its services.
 */
public interface Notifier {

  /**
   * Stores the notifications on behalf of {@code accountability} (null for unrestricted).
   *
   * @return the new ids, one per notification, in order
   * @throws dev.flowsmith.engine.value.JsException with the Directus error when one cannot be stored
   */
  List<Long> create(List<Notification> notifications, JsValue accountability);
}
