package io.promoplatform.web.quote;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local, append-only overflow of the quote writer: one JSON line per quote under
 * {@code promo.home/quote-spill/}. Request threads append when the in-memory queue is full (and the
 * writer spills what it still holds at shutdown while the database is down); the writer drains whole
 * files once the database answers, and deletes a file only after every line of it has landed. A file
 * left by a crash or by a shutdown is drained after the next start. A line that cannot be parsed (a
 * torn write at a crash) is copied to {@code rejected.jsonl}, never dropped silently.
 */
final class QuoteSpill {

    private static final Logger log = LoggerFactory.getLogger(QuoteSpill.class);
    private static final String CURRENT = "current.jsonl";

    private final Path dir;
    private final JsonMapper json;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicLong minSeq = new AtomicLong(Long.MAX_VALUE);
    private BufferedWriter writer;

    QuoteSpill(Path dir, JsonMapper json) {
        this.dir = dir;
        this.json = json;
        // quotes an earlier run could not write: they land first (seq 0)
        for (Path file : files()) {
            read(file).forEach(row -> ids.add(row.id()));
        }
        if (!ids.isEmpty()) {
            minSeq.set(0);
            log.warn("{} quotes spilled by an earlier run are waiting in {}", ids.size(), dir);
        }
    }

    synchronized void append(List<QuoteRow> rows) {
        try {
            if (writer == null) {
                Files.createDirectories(dir);
                writer = Files.newBufferedWriter(dir.resolve(CURRENT), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            for (QuoteRow row : rows) {
                writer.write(json.writeValueAsString(row));
                writer.newLine();
                minSeq.accumulateAndGet(row.seq(), Math::min);
            }
            // handed to the operating system before the quote counts as kept
            writer.flush();
            rows.forEach(row -> ids.add(row.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the quote spill file in " + dir, e);
        }
    }

    /**
     * A spilled quote, read back from the files: the rare read of a quote priced while the database is
     * down and the queue was full (a scan, not an index, so the spill costs no memory per quote).
     */
    synchronized Optional<QuoteRow> find(String id) {
        if (!ids.contains(id)) {
            return Optional.empty();
        }
        try {
            if (writer != null) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot flush the quote spill file in " + dir, e);
        }
        String marker = "\"id\":\"" + id + "\"";
        for (Path file : files()) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                Optional<String> line = lines.filter(l -> l.contains(marker)).findFirst();
                if (line.isPresent()) {
                    return Optional.of(json.readValue(line.get(), QuoteRow.class));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the quote spill file " + file, e);
            }
        }
        return Optional.empty();
    }

    int size() {
        return ids.size();
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** The lowest sequence number still in the spill; Long.MAX_VALUE when it is empty. */
    long minSeq() {
        return minSeq.get();
    }

    /** Whole files, oldest first; the file being appended to is rotated so it can be drained too. */
    List<Path> drainable() {
        synchronized (this) {
            try {
                if (writer != null) {
                    writer.close();
                    writer = null;
                }
                // also the current file an earlier run left behind
                if (Files.exists(dir.resolve(CURRENT))) {
                    Files.move(dir.resolve(CURRENT), dir.resolve("draining-" + System.nanoTime() + ".jsonl"),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot rotate the quote spill file in " + dir, e);
            }
        }
        return files().stream().filter(f -> !f.getFileName().toString().equals(CURRENT)).toList();
    }

    List<QuoteRow> read(Path file) {
        List<QuoteRow> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(line -> !line.isBlank()).forEach(line -> {
                try {
                    rows.add(json.readValue(line, QuoteRow.class));
                } catch (RuntimeException unreadable) {
                    reject(line, "unreadable spill line in " + file.getFileName());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the quote spill file " + file, e);
        }
        return rows;
    }

    /** Every row of {@code file} has landed: forget it. */
    void landed(Path file, List<QuoteRow> rows) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the drained quote spill file " + file, e);
        }
        rows.forEach(row -> ids.remove(row.id()));
        synchronized (this) {
            if (ids.isEmpty()) {
                minSeq.set(Long.MAX_VALUE);
            }
        }
    }

    /** A row the database refuses for good (not a connection problem): kept aside for an operator. */
    synchronized void reject(String line, String why) {
        log.error("Quote kept aside in {}/rejected.jsonl: {}", dir, why);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("rejected.jsonl"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve("rejected.jsonl"), e);
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> {
                String name = f.getFileName().toString();
                return name.equals(CURRENT) || (name.startsWith("draining-") && name.endsWith(".jsonl"));
            }).sorted((a, b) -> order(a).compareTo(order(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** draining-N files in the order they were rotated, the current file last. */
    private static Long order(Path file) {
        String name = file.getFileName().toString();
        if (name.equals(CURRENT)) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(name.substring("draining-".length(), name.length() - ".jsonl".length()));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE - 1;
        }
    }
}
