package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the executable jar of a service, {@code <root>/<service>/target/<service>-<version>-exec.jar}. */
final class ServiceJars {

    private ServiceJars() {
    }

    /**
     * The project root: {@code root} when given, else the first folder from the working directory upwards that has
     * {@code keten-local/} and {@code platform/} (a test runs in {@code keten-local/}, the launcher in the root).
     */
    static Path projectRoot(Path root) {
        if (root != null) {
            return root.toAbsolutePath().normalize();
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("keten-local")) && Files.isDirectory(dir.resolve("platform"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the project root (a folder with keten-local/, platform/ and pom.xml) is not "
                + start + " or above it; set it with LocalKeten.Options.projectRoot(path)");
    }

    /** The newest {@code <service>-*-exec.jar} in {@code <root>/<service>/target}; throws, saying how to build it. */
    static Path jar(Path root, KetenService service) {
        Path target = root.resolve(service.naam()).resolve("target");
        Optional<Path> jar = Optional.empty();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                jar = files.filter(f -> {
                    String name = f.getFileName().toString();
                    return name.startsWith(service.naam() + "-") && name.endsWith("-exec.jar");
                }).max(Comparator.comparing(ServiceJars::modified));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jar.orElseThrow(() -> new IllegalStateException("no executable jar of " + service.naam() + " in "
                + target + " (" + service.naam() + "-<version>-exec.jar): build the services first, e.g. "
                + "./mvnw -DskipTests package -pl " + service.naam() + " -am (./mvnw verify does so before "
                + "keten-local's tests)"));
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
