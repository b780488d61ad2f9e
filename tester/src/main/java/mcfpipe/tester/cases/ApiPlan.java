package mcfpipe.tester.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.TestCase;

/** The whole plan in number order: the seed's twelve cases, then one case per rule of jobdb/API.md. */
public final class ApiPlan {
    private ApiPlan() {}

    /** Fresh cases (and so fresh shared state) for one run. */
    public static List<TestCase> cases() {
        List<CaseGroup> groups = List.of(new SeedCases(), new WriteCases(), new BodyCases(), new ValueCases(),
                new PathCases(), new SearchCases(), new BatchCases(), new SortKeyCases(), new ServiceCases());
        List<TestCase> cases = new ArrayList<>();
        groups.forEach(g -> cases.addAll(g.cases()));
        cases.sort(Comparator.comparingInt(TestCase::number));
        Set<Integer> numbers = new HashSet<>();
        for (TestCase c : cases) {
            if (!numbers.add(c.number())) throw new IllegalStateException("case number used twice: " + c.number());
        }
        return List.copyOf(cases);
    }
}
