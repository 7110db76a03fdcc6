package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.script.ScriptRunner;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OperationTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The core operation types of Directus 11.11 (engine.md §6) plus the custom ones found on the
 * class path, registered in one place. A custom handler is listed in {@code
 * META-INF/services/dev.flowsmith.engine.operation.OperationHandler}; it may replace a core type
 * by using its id.
 */
public final class StandardOperations {

  /** The core types in the Studio's order. */
  private static final List<OperationType> CORE = List.of(ConditionOperation.DESCRIPTION,
      ExecOperation.DESCRIPTION, ItemCreateOperation.DESCRIPTION, ItemReadOperation.DESCRIPTION,
      ItemUpdateOperation.DESCRIPTION, ItemDeleteOperation.DESCRIPTION, JsonWebTokenOperation.DESCRIPTION,
      LogOperation.DESCRIPTION, MailOperation.DESCRIPTION, NotificationOperation.DESCRIPTION,
      RequestOperation.DESCRIPTION, SleepOperation.DESCRIPTION, ThrowErrorOperation.DESCRIPTION,
      TransformOperation.DESCRIPTION, TriggerOperation.DESCRIPTION);

  private StandardOperations() {}

  /**
   * All core operations and the custom ones found on the class path.
   *
   * @param scripts runs the exec operation's scripts: a {@code ProcessScriptRunner} (worker
   *     processes with a memory cap) for real use; the in-process runner only in tests
   */
  public static OperationRegistry registry(ScriptRunner scripts) {
    OperationRegistry registry = new OperationRegistry()
        .register(new ExecOperation(scripts))
        .register(new ConditionOperation())
        .register(new LogOperation())
        .register(new SleepOperation())
        .register(new ThrowErrorOperation())
        .register(new TransformOperation())
        .register(new TriggerOperation())
        .register(new RequestOperation())
        .register(new JsonWebTokenOperation())
        .register(new MailOperation())
        .register(new NotificationOperation())
        .register(new ItemCreateOperation())
        .register(new ItemReadOperation())
        .register(new ItemUpdateOperation())
        .register(new ItemDeleteOperation());
    Discovered.HANDLERS.forEach(registry::register);
    return registry;
  }

  /** The fifteen core types only, in the Studio's order (what a plain Directus 11.11 knows). */
  public static List<OperationType> core() {
    return CORE;
  }

  /**
   * The descriptions {@link #registry} would hold, without a script runner: what the app's forms,
   * lint and completion read.
   */
  public static OperationTypes types() {
    return Discovered.TYPES;
  }

  /** Looked up once per class loader: the class path does not change while the app runs. */
  private static final class Discovered {
    static final List<OperationHandler> HANDLERS =
        ServiceLoader.load(OperationHandler.class).stream().map(ServiceLoader.Provider::get).toList();
    static final OperationTypes TYPES;

    static {
      List<OperationType> all = new ArrayList<>(CORE);
      HANDLERS.forEach(handler -> all.add(handler.description()));
      TYPES = OperationTypes.of(all);
    }
  }
}
