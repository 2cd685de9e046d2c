package org.consortium.hub.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository. */
final class Repo {

    static final Path ROOT = locateRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");
    static final Path REALM = ROOT.resolve("deploy/keycloak/consortium-realm.json");
    static final Path APPLICATION_PROPERTIES = ROOT.resolve("hub-service/src/main/resources/application.properties");

    private Repo() {
    }

    private static Path locateRoot() {
        String configured = System.getProperty("repo.root");
        Path start = (configured == null || configured.isBlank() ? Path.of("") : Path.of(configured)).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("hub-service/src/main/resources/application.properties"))
                    && Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (with hub-service/ and deploy/kubernetes/) above " + start);
    }
}
