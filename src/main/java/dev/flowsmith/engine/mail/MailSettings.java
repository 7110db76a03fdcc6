package dev.flowsmith.engine.mail;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Directus takes from {@code EMAIL_FROM}, {@code EMAIL_TEMPLATES_PATH} and the project
 * settings when it sends mail (engine.md §6.9, §9). A run finds them among its services; without
 * them {@link #defaults()} apply, which are Directus' own.
 *
 * @param fromAddress {@code EMAIL_FROM}; the sender's name is the project name
 * @param templatesDirectory {@code EMAIL_TEMPLATES_PATH}: custom {@code <name>.liquid} files,
 *     consulted before the built-in templates; null for none
 */
public record MailSettings(String fromAddress, Project project, @Nullable Path templatesDirectory) {

  /**
   * The template defaults every liquid template sees ({@code projectName}, {@code projectColor},
   * {@code projectLogo}, {@code projectUrl}).
   */
  public record Project(String name, String color, String logoUrl, String url) {

    /** Directus' fallbacks when the project settings are empty (PUBLIC_URL {@code /}). */
    public static Project defaults() {
      return new Project("Directus", "#171717", "/admin/img/directus-white.png", "");
    }
  }

  public MailSettings {
    Objects.requireNonNull(fromAddress);
    Objects.requireNonNull(project);
  }

  public static MailSettings defaults() {
    return new MailSettings("no-reply@example.com", Project.defaults(), null);
  }
}
