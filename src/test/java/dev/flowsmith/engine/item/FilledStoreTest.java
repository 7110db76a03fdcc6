package dev.flowsmith.engine.item;

import org.junit.jupiter.api.BeforeEach;

/**
 * The shared start of the store tests: a fresh {@link Library#filled} store per test, built the way
 * {@link #factory} says, so {@link SqliteStoreContractTest} can run every test on SQLite too.
 */
abstract class FilledStoreTest {

  InMemoryItemStore store;

  /** How this run builds its stores; the SQLite contract overrides it. */
  Library.StoreFactory factory() {
    return Library.StoreFactory.MEMORY;
  }

  @BeforeEach
  void fill() {
    store = Library.filled(factory());
  }
}
