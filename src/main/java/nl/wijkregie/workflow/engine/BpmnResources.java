package nl.wijkregie.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the BPMN and DMN files packaged under {@code bpmn/} on the classpath (from the project's bpmn/ folder). */
final class BpmnResources {

    static final String FOLDER = "bpmn/";

    private BpmnResources() {
    }

    static List<String> list(ClassLoader classLoader) {
        try {
            List<String> names = new ArrayList<>();
            for (URL folder : Collections.list(classLoader.getResources(FOLDER))) {
                names.addAll(namesIn(folder));
            }
            return names.stream().filter(BpmnResources::isModel).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER, e);
        }
    }

    private static boolean isModel(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".dmn");
    }

    private static List<String> namesIn(URL folder) throws IOException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if (folder.openConnection() instanceof JarURLConnection jar) {
            try (JarFile file = jar.getJarFile()) {
                String prefix = jar.getEntryName().endsWith("/") ? jar.getEntryName() : jar.getEntryName() + "/";
                return file.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length())).toList();
            }
        }
        throw new IOException("unsupported location for BPMN files: " + folder);
    }
}
