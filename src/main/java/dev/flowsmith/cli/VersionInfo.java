package dev.flowsmith.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar's Implementation-Version, or "dev" from sources. */
public final class VersionInfo implements IVersionProvider {

  public static String version() {
    String version = VersionInfo.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Flowsmith " + version(), "Java " + System.getProperty("java.version")};
  }
}
