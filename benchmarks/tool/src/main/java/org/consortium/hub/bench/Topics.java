package org.consortium.hub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates and deletes the run's own topics (never the hub's shared ones). */
final class Topics {

    private Topics() {
    }

    static Admin admin(Bench.Options o) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, o.bootstrap());
        return Admin.create(p);
    }

    static List<String> names(Bench.Options o) {
        List<String> names = new ArrayList<>();
        for (String t : o.get("topics", "").split(",")) {
            if (!t.isBlank()) {
                names.add(t.trim());
            }
        }
        return names;
    }

    static int create(Bench.Options o) throws Exception {
        int partitions = o.getInt("partitions", 6);
        try (Admin admin = admin(o)) {
            for (String name : names(o)) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)
                            .configs(Map.of("retention.ms", "86400000")))).all().get();
                    Bench.log("topic %s created (%d partitions)", name, partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    Bench.log("topic %s exists", name);
                }
            }
        }
        return 0;
    }

    static int delete(Bench.Options o) throws Exception {
        try (Admin admin = admin(o)) {
            Set<String> existing = admin.listTopics().names().get();
            List<String> names = names(o).stream().filter(existing::contains).toList();
            if (!names.isEmpty()) {
                admin.deleteTopics(names).all().get();
            }
            Bench.log("topics deleted: %s", names);
        }
        return 0;
    }
}
