package nl.wmokader.core.inmemory;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A store's read-write lock: reads share it, a write holds it alone, so that every method of the
 * store is atomic (as the database adapter's transactions are) while, for instance, two providers'
 * claims read their ledgers side by side.
 */
final class StoreLock {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  <T> T read(Supplier<T> read) {
    return holding(lock.readLock(), read);
  }

  <T> T write(Supplier<T> write) {
    return holding(lock.writeLock(), write);
  }

  private static <T> T holding(Lock held, Supplier<T> action) {
    held.lock();
    try {
      return action.get();
    } finally {
      held.unlock();
    }
  }
}
