package dev.flowsmith.model;

import java.util.Arrays;
import java.util.Optional;

/** The five trigger kinds a flow can have (format.md §4, editor.md §8). */
public enum TriggerType {
  EVENT("event", "Event Hook", "anchor"),
  WEBHOOK("webhook", "Webhook", "link"),
  SCHEDULE("schedule", "Schedule (CRON)", "schedule"),
  OPERATION("operation", "Another Flow", "bolt"),
  MANUAL("manual", "Manual", "touch_app");

  /** Data from before June 2022 calls the event trigger "hook" (format.md §2). */
  public static final String LEGACY_EVENT_ID = "hook";

  private final String id;
  private final String displayName;
  private final String icon;

  TriggerType(String id, String displayName, String icon) {
    this.id = id;
    this.displayName = displayName;
    this.icon = icon;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public String icon() {
    return icon;
  }

  /** Looks up a trigger by its stored id; the legacy {@code hook} is the event trigger. */
  public static Optional<TriggerType> fromId(String id) {
    if (LEGACY_EVENT_ID.equals(id)) {
      return Optional.of(EVENT);
    }
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }
}
