package org.zhili;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md §3: no cycles, no reaching into another module's internals, and no
 * dependency a module's {@code package-info.java} does not declare in {@code allowedDependencies}.
 * <p>
 * It also writes the module diagrams (C4 PlantUML) and canvases to {@code target/spring-modulith-docs} and
 * checks that the copy committed in {@code docs/modules} is the same. After changing a module's structure,
 * refresh that copy with
 * {@code ./mvnw -q -B test -Dtest=ModularityTest -Dzhili.modules.update-docs=true} (see docs/modules/README.md).
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(ZhiliApplication.class);

	/** Where the documenter writes. */
	static final Path GENERATED = Path.of("target", "spring-modulith-docs");
	/** The committed copy. */
	static final Path COMMITTED = Path.of("docs", "modules");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void committedModuleDocumentationIsCurrent() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		// The overview once more in plain UML, which Debian's older PlantUML can render (components.svg).
		Path uml = Path.of("target", "spring-modulith-docs-uml");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(uml.toString()))
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
				.withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		Files.copy(uml.resolve("components.puml"), GENERATED.resolve("components-uml.puml"),
				StandardCopyOption.REPLACE_EXISTING);
		List<String> generated = files(GENERATED);
		assertThat(generated).as("files written by the documenter").isNotEmpty();
		if (Boolean.getBoolean("zhili.modules.update-docs")) {
			Files.createDirectories(COMMITTED);
			for (String name : files(COMMITTED)) {
				if (!generated.contains(name)) {
					Files.delete(COMMITTED.resolve(name));
				}
			}
			for (String name : generated) {
				Files.writeString(COMMITTED.resolve(name), normalised(GENERATED.resolve(name)));
			}
		}
		String hint = "docs/modules is not what the documenter writes today; refresh it with "
				+ "./mvnw -q -B test -Dtest=ModularityTest -Dzhili.modules.update-docs=true";
		assertThat(files(COMMITTED)).as(hint).isEqualTo(generated);
		for (String name : generated) {
			assertThat(Files.readString(COMMITTED.resolve(name))).as(hint + " (" + name + ")")
				.isEqualTo(normalised(GENERATED.resolve(name)));
		}
	}

	/**
	 * A generated file with its runs of components, relations and list items sorted: the documenter writes
	 * them in hash order, which differs from run to run.
	 */
	static String normalised(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		boolean cellStart = false;
		for (String line : lines) {
			String kind = kind(line);
			if (kind != null && (run.isEmpty() || kind.equals(kind(run.get(0))) && !line.startsWith("|"))) {
				if (run.isEmpty()) {
					cellStart = line.startsWith("|");
				}
				run.add(cellStart && run.isEmpty() ? line.substring(1) : line);
				continue;
			}
			flush(run, cellStart, out);
			if (kind != null) {
				cellStart = line.startsWith("|");
				run.add(cellStart ? line.substring(1) : line);
			}
			else {
				out.add(line);
			}
		}
		flush(run, cellStart, out);
		return String.join("\n", out) + "\n";
	}

	/** A relation in a plain UML diagram: {@code a.b --> c.d ...}. */
	private static final Pattern RELATION = Pattern.compile("[\\w.]+ \\S*-> ");

	/** What kind of sortable line this is (a C4 component or relation, a list item), or null. */
	private static String kind(String line) {
		String l = line.strip();
		if (l.startsWith("|")) {
			l = l.substring(1);
		}
		if (l.startsWith("Component(") || l.startsWith("component ")) {
			return "component";
		}
		if (l.startsWith("Rel(") || RELATION.matcher(l).lookingAt()) {
			return "relation";
		}
		return l.startsWith("* ") ? "item" : null;
	}

	private static void flush(List<String> run, boolean cellStart, List<String> out) {
		if (run.isEmpty()) {
			return;
		}
		List<String> sorted = new ArrayList<>(run);
		Collections.sort(sorted);
		if (cellStart) {
			sorted.set(0, "|" + sorted.get(0));
		}
		out.addAll(sorted);
		run.clear();
	}

	/** The names of the generated kinds of file (.puml, .adoc) in a folder. */
	private static List<String> files(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(".puml") || name.endsWith(".adoc"))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
