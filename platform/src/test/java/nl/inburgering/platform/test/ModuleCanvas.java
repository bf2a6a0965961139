package nl.inburgering.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/**
 * A service's module canvas: Spring Modulith's Documenter writes the full canvases and diagram (Asciidoc and PlantUML
 * under {@code target/spring-modulith-docs}); this renders the summary a newcomer reads in the service's README, one
 * row per module with its published API, the modules it uses, the application events it handles and the topics
 * it reads and writes. The README holds it between {@code <!-- module-canvas:start -->} and {@code :end}; a test
 * fails when the code and the README disagree, and {@code -Dmodulecanvas.schrijven=true} rewrites it.
 */
public final class ModuleCanvas {

    private static final String START = "<!-- module-canvas:start -->";
    private static final String EINDE = "<!-- module-canvas:end -->";

    private ModuleCanvas() {
    }

    /** Writes Modulith's own documentation and returns the Markdown summary. */
    public static String genereer(ApplicationModules modules) {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        StringBuilder md = new StringBuilder();
        md.append("| module | published API | uses | application events handled | topics in | topics out |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        modules.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(module -> md.append("| `")
                .append(module.getName()).append("` | ")
                .append(lijst(api(module))).append(" | ")
                .append(lijst(module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)))
                .append(" | ")
                .append(lijst(module.getEventsListenedTo(modules).stream().map(JavaClass::getSimpleName)))
                .append(" | ")
                .append(lijst(gelezen(module).stream())).append(" | ")
                .append(lijst(geschreven(module).stream())).append(" |\n"));
        return md.toString();
    }

    /** Fails when the README's canvas is not the code's; rewrites it with {@code -Dmodulecanvas.schrijven=true}. */
    public static void controleerReadme(ApplicationModules modules, Path readme) {
        String canvas = genereer(modules);
        try {
            String tekst = Files.readString(readme);
            int start = tekst.indexOf(START);
            int einde = tekst.indexOf(EINDE);
            if (start < 0 || einde < start) {
                throw new AssertionError(readme + " heeft geen " + START + " ... " + EINDE + "; zet daar:\n" + canvas);
            }
            String huidig = tekst.substring(start + START.length(), einde).strip();
            if (huidig.equals(canvas.strip())) {
                return;
            }
            if (Boolean.getBoolean("modulecanvas.schrijven")) {
                Files.writeString(readme, tekst.substring(0, start + START.length()) + "\n" + canvas
                        + tekst.substring(einde));
                return;
            }
            throw new AssertionError("het modulecanvas in " + readme + " loopt achter op de code (herschrijf met "
                    + "-Dmodulecanvas.schrijven=true); verwacht:\n" + canvas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> api(ApplicationModule module) {
        return module.getNamedInterfaces().stream().filter(NamedInterface::isNamed).map(n -> n.getName()
                + " (" + n.asJavaClasses().map(JavaClass::getSimpleName).sorted().collect(Collectors.joining(", "))
                + ")");
    }

    private static Set<String> gelezen(ApplicationModule module) {
        return module.getInternalTypes().stream().map(JavaClass::reflect)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .map((Method m) -> m.getAnnotation(KafkaListener.class))
                .filter(a -> a != null)
                .flatMap(a -> Arrays.stream(a.topics()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> geschreven(ApplicationModule module) {
        return module.getInternalTypes().stream().map(JavaClass::reflect)
                .filter(type -> UitgaandeVertaling.class.isAssignableFrom(type) && !type.isInterface())
                .map(type -> TopicCatalogue.forSchema(UitgaandeVertaling.contractVan(type)).name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String lijst(Stream<String> waarden) {
        String tekst = waarden.distinct().sorted().collect(Collectors.joining(", "));
        return tekst.isEmpty() ? "–" : tekst;
    }
}
