package dev.flowsmith.archfixture.format;

import picocli.CommandLine;

/** Breaks the format rule: command-line parsing is the CLI's business, not the file format's. */
public final class ChattyFormat {
  public String usage() {
    return new CommandLine(this).getUsageMessage();
  }
}
