package org.consortium.hub.ingestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a polled batch into at most {@code n} groups that can be applied in parallel
 * transactions: whole partitions only (a partition's records stay in one group, in order, so
 * its offsets stored with the records stay exact), balanced by record count. Records that did
 * not come from Kafka form one group.
 */
final class PartitionGroups {

    private PartitionGroups() {
    }

    static List<List<IncomingRecord>> split(List<IncomingRecord> batch, int n) {
        Map<String, List<IncomingRecord>> byPartition = new LinkedHashMap<>();
        for (IncomingRecord r : batch) {
            String key = r.fromKafka() ? r.topic() + "/" + r.partition() : "";
            byPartition.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        if (n <= 1 || byPartition.size() <= 1) {
            return batch.isEmpty() ? List.of() : List.of(batch);
        }
        List<List<IncomingRecord>> partitions = new ArrayList<>(byPartition.values());
        partitions.sort(Comparator.comparingInt((List<IncomingRecord> p) -> p.size()).reversed());
        List<List<IncomingRecord>> groups = new ArrayList<>();
        for (int i = 0; i < Math.min(n, partitions.size()); i++) {
            groups.add(new ArrayList<>());
        }
        for (List<IncomingRecord> partition : partitions) {
            groups.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(partition);
        }
        return groups;
    }
}
