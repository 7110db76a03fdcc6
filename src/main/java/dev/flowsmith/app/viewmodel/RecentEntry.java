package dev.flowsmith.app.viewmodel;

import java.nio.file.Path;
import java.util.Objects;

/** A recently opened flow file or workspace folder. */
public record RecentEntry(Path path, Kind kind) {

  public enum Kind { FILE, WORKSPACE }

  public RecentEntry {
    Objects.requireNonNull(kind, "kind");
    path = path.toAbsolutePath().normalize();
  }

  /** Menu text: the name first so entries are told apart at a glance, then the folder. */
  public String label() {
    Path name = path.getFileName();
    Path parent = path.getParent();
    String prefix = kind == Kind.WORKSPACE ? "Workspace " : "";
    return prefix + (name == null ? path : name) + (parent == null ? "" : " — " + parent);
  }
}
