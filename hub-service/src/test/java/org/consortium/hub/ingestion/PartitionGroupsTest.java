package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartitionGroupsTest {

    private static IncomingRecord kafka(String topic, int partition, long offset) {
        return new IncomingRecord("{}", null, null, topic, partition, offset);
    }

    @Test
    void aPartitionIsNeverSplitAndKeepsItsOrder() {
        List<IncomingRecord> batch = new ArrayList<>();
        for (long offset = 0; offset < 30; offset++) {
            batch.add(kafka("attendance", (int) (offset % 3), offset));
            if (offset % 5 == 0) {
                batch.add(kafka("performance", 0, offset));
            }
        }
        List<List<IncomingRecord>> groups = PartitionGroups.split(batch, 2);

        assertThat(groups).hasSize(2);
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(batch.size());
        Map<String, Long> groupsPerPartition = groups.stream()
                .flatMap(g -> g.stream().map(r -> r.topic() + "/" + r.partition()).distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(groupsPerPartition.values()).allMatch(n -> n == 1);
        for (List<IncomingRecord> group : groups) {
            Map<String, List<Long>> offsets = group.stream().collect(Collectors.groupingBy(
                    r -> r.topic() + "/" + r.partition(), Collectors.mapping(IncomingRecord::offset, Collectors.toList())));
            offsets.values().forEach(o -> assertThat(o).isSorted());
        }
    }

    @Test
    void groupsAreBalancedByRecordCount() {
        List<IncomingRecord> batch = new ArrayList<>();
        int[] sizes = {40, 30, 20, 10};
        for (int p = 0; p < sizes.length; p++) {
            for (int i = 0; i < sizes[p]; i++) {
                batch.add(kafka("attendance", p, i));
            }
        }
        List<List<IncomingRecord>> groups = PartitionGroups.split(batch, 2);
        assertThat(groups).extracting(List::size).containsExactlyInAnyOrder(50, 50);
    }

    @Test
    void oneGroupWhenThereIsNothingToSplit() {
        List<IncomingRecord> oneTopicPartition = List.of(kafka("attendance", 4, 1), kafka("attendance", 4, 2));
        assertThat(PartitionGroups.split(oneTopicPartition, 4)).containsExactly(oneTopicPartition);
        List<IncomingRecord> inProcess = List.of(new IncomingRecord("{}", "r", 0, null, -1, -1),
                new IncomingRecord("{}", "r", 1, null, -1, -1));
        assertThat(PartitionGroups.split(inProcess, 4)).containsExactly(inProcess);
        List<IncomingRecord> twoPartitions = List.of(kafka("a", 0, 1), kafka("a", 1, 1));
        assertThat(PartitionGroups.split(twoPartitions, 1)).containsExactly(twoPartitions);
        assertThat(PartitionGroups.split(List.of(), 2)).isEmpty();
        assertThat(PartitionGroups.split(twoPartitions, 8)).hasSize(2);
    }
}
