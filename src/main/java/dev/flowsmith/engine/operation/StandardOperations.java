package dev.flowsmith.engine.operation;

/** The core operation types of Directus 11.11 (engine.md §6), registered in one place. */
public final class StandardOperations {

  private StandardOperations() {}

  public static OperationRegistry registry() {
    return new OperationRegistry()
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
