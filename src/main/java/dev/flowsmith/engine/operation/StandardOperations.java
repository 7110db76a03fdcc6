package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.script.ScriptRunner;

/** The core operation types of Directus 11.11 (engine.md §6), registered in one place. */
public final class StandardOperations {

  private StandardOperations() {}

  /**
   * All core operations.
   *
   * @param scripts runs the exec operation's scripts: a {@code ProcessScriptRunner} (worker
   *     processes with a memory cap) for real use; the in-process runner only in tests
   */
  public static OperationRegistry registry(ScriptRunner scripts) {
    return new OperationRegistry()
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
  }
}
