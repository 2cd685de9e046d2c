package org.consortium.hub.datasets;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.web.Page;
import org.consortium.hub.web.problem.NotFoundProblem;

/** The dataset catalogue; other slices ask it about a dataset's owner, kind and status. */
@ApplicationScoped
public class DatasetService {

    public Page<DatasetView> list(int page, int size) {
        var all = Dataset.<Dataset>findAll(Sort.by("id"));
        List<DatasetView> items = all.page(page, size).list().stream().map(DatasetView::of).toList();
        return new Page<>(items, page, size, all.count());
    }

    public DatasetView get(String id) {
        return DatasetView.of(require(id));
    }

    public Dataset require(String id) {
        return find(id).orElseThrow(() -> new NotFoundProblem("Dataset", id));
    }

    public Optional<Dataset> find(String id) {
        return Dataset.findByIdOptional(id);
    }
}
