package dev.flowsmith.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash never leaves half a file, and never leaves litter for long.
 *
 * <p>Each file's text goes to a hidden temporary sibling {@code .NAME.<16 hex>.tmp}, created with
 * the default mode (0666 less the umask, as any new file) or, when the target exists, given the
 * target's permissions; it is forced to disk and renamed over the target in one step, then the
 * folder is forced. The writer holds a lock on its temporary file from creation to rename, so a
 * later write can tell a live writer's file from a crashed one's (a killed process loses its
 * locks): before writing {@code NAME}, unlocked leftovers of that naming (and of the
 * {@code .NAME<digits>.tmp} naming older versions used) are deleted. A writer whose new file was
 * taken for a leftover in the instant between creating and locking it notices (the file is gone
 * once it holds the lock) and starts over with a new one.
 *
 * <p>{@link #writeAll} writes several files as one unit as far as a file system allows: every
 * file is staged and forced first, and only then are they renamed, one after another. A crash
 * while staging leaves all the old files; only a crash in the few microseconds between two
 * renames can leave some new files beside some old ones.
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    writeAll(Map.of(target, bytes));
  }

  /** Writes every file (in the map's order), all staged before any is renamed into place. */
  public static void writeAll(Map<Path, byte[]> files) throws IOException {
    List<Staged> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path target = file.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        removeStale(target);
        staged.add(stage(target, file.getValue()));
      }
      for (Staged file : staged) {
        keepPermissions(file.target(), file.temporary());
        try {
          Files.move(file.temporary(), file.target(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException unsupported) {
          Files.move(file.temporary(), file.target(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      staged.stream().map(file -> file.target().getParent()).distinct().forEach(AtomicFiles::forceFolder);
    } finally {
      for (Staged file : staged) {
        file.channel().close(); // releases the lock
        Files.deleteIfExists(file.temporary());
      }
    }
  }

  /** Texts as UTF-8, in order, for {@link #writeAll}. */
  public static Map<Path, byte[]> utf8(Map<Path, String> texts) {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    texts.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }

  private record Staged(Path target, Path temporary, FileChannel channel) {}

  private static Staged stage(Path target, byte[] bytes) throws IOException {
    while (true) {
      Path temporary = target.resolveSibling("." + target.getFileName() + "."
          + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
      // no permission attribute: the file gets the mode any new file gets (0666 less the umask)
      FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        if (!lockedInPlace(channel, temporary)) {
          channel.close(); // another write took it for a crashed one's between create and lock
          continue;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
        return new Staged(target, temporary, channel);
      } catch (IOException | RuntimeException failed) {
        channel.close();
        Files.deleteIfExists(temporary);
        throw failed;
      }
    }
  }

  /** Locks the new file; false if a cleaner holds it or deleted it before the lock was ours. */
  private static boolean lockedInPlace(FileChannel channel, Path temporary) throws IOException {
    try {
      channel.lock();
    } catch (OverlappingFileLockException cleanerOfThisProcess) {
      return false;
    }
    return Files.exists(temporary);
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (NoSuchFileException newFile) {
      // a new file keeps the default mode it was created with
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the new file inherits the folder's ACL, as any new file would
    }
  }

  /** Deletes temporary siblings of {@code target} that no running writer holds. */
  static void removeStale(Path target) {
    Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
        + "(\\.[0-9a-f]{16}|-?[0-9]+)\\.tmp");
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
        candidate -> ours.matcher(candidate.getFileName().toString()).matches())) {
      for (Path leftover : siblings) {
        removeIfAbandoned(leftover);
      }
    } catch (IOException unreadable) {
      // cleaning is best effort; the write itself reports real problems
    }
  }

  private static void removeIfAbandoned(Path leftover) {
    try (FileChannel channel = FileChannel.open(leftover, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldHere) {
        return; // another thread of this process is writing it
      }
      if (lock == null) {
        return; // another process is writing it
      }
      Files.deleteIfExists(leftover); // unlocked: its writer is gone (a writer locks before writing)
    } catch (IOException gone) {
      // deleted meanwhile, or not ours to delete
    }
  }

  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true); // the renames survive a power cut
    } catch (IOException | UnsupportedOperationException notOnThisSystem) {
      // folders cannot be opened on Windows; the rename is still atomic there
    }
  }
}
