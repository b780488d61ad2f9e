package mcfpipe.tester.plan;

import java.util.List;

/** A few related cases, possibly sharing state within one run (a fresh group per run). */
public interface CaseGroup {
    List<TestCase> cases();
}
