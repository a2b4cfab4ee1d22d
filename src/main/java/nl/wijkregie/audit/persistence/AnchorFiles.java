package nl.wijkregie.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.wijkregie.audit.domain.ChainAnchor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chain heads kept outside the database (ADR 0017): one small text file per anchoring in a directory of the
 * application server, which someone with rights in the database cannot reach. Each file is written under a temporary
 * name and moved into place, so a reader never sees half a file; names carry the time and a random suffix, so
 * instances that share the directory never overwrite each other.
 */
@ApplicationScoped
public class AnchorFiles {

    static final String PREFIX = "access-log-anchor-";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Relative paths resolve against the working directory, which Liberty sets to the server's output directory. */
    @Inject
    @ConfigProperty(name = "wijkregie.access-log.anchor-dir", defaultValue = "access-log-anchors")
    String directory;

    public Path directory() {
        return Path.of(directory).toAbsolutePath();
    }

    /** Writes one anchor file and answers its name. */
    public String write(Instant at, List<ChainAnchor> anchors) {
        Path dir = directory();
        String name = PREFIX + NAME_TIME.format(at) + "-" + String.format("%04x",
                ThreadLocalRandom.current().nextInt(0x10000)) + ".txt";
        StringBuilder content = new StringBuilder()
                .append("# Wijkregie access-log anchor (docs/adr/0017): the end of each hash chain at ").append(at)
                .append('\n').append("# stripe sequence sha256\n");
        anchors.forEach(anchor -> content.append(anchor.line()).append('\n'));
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, ".anchor-", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the access-log anchor to " + dir, e);
        }
    }

    /** Every anchor in the directory (none when it does not exist); an unreadable file fails the verification. */
    public List<ChainAnchor> readAll() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ChainAnchor> anchors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        anchors.add(parse(file, line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the access-log anchors in " + dir, e);
        }
        return anchors;
    }

    private static ChainAnchor parse(Path file, String line) {
        try {
            return ChainAnchor.parse(line);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("access-log anchor " + file + " is damaged: " + line, e);
        }
    }
}
