package dev.flowsmith.app.edit;

/**
 * An edit the editor will not make, with the reason a person sees (a second arrow into one
 * input, a loop, a tile dropped onto another). Nothing changed when this is thrown.
 */
public final class EditRefusedException extends Exception {

  public EditRefusedException(String reason) {
    super(reason, null, false, false);
  }
}
