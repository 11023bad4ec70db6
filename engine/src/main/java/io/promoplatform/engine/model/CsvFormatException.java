package io.promoplatform.engine.model;

import java.nio.file.Path;

/** A data file the model cannot use; the message names the file and the 1-based line. */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public CsvFormatException(Path file, int line, String problem) {
        super(file.getFileName() + " line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
