package dev.rapport.ui.common;

/** Where "Copy my text" puts an editor's text: the system clipboard in the window, a fake in tests. */
public interface TextClipboard {

    void putText(String text);
}
