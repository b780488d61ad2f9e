package mcfpipe.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mcfpipe.tester.cases.ApiPlan;
import mcfpipe.tester.plan.TestCase;
import org.junit.jupiter.api.Test;

class ApiPlanTest {
    @Test
    void seedCasesKeepTheirNumbersAndTheRestFollowInOrder() {
        List<TestCase> cases = ApiPlan.cases();
        assertEquals("01 create job", cases.get(0).label());
        assertEquals("08 post without position", cases.get(7).label());
        assertEquals("12 get from an unknown table", cases.get(11).label());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(i + 1, cases.get(i).number(), "numbers run 1, 2, 3... without gaps");
        }
        assertTrue(cases.size() >= 32, "at least twenty cases beyond the seed's twelve");
    }

    @Test
    void theNo500CaseRunsLastSoItSeesEveryAnswer() {
        List<TestCase> cases = ApiPlan.cases();
        assertEquals("no response is ever a 500", cases.get(cases.size() - 1).name());
    }

    @Test
    void eachCallGivesFreshCases() {
        assertTrue(ApiPlan.cases().get(0) != ApiPlan.cases().get(0));
    }
}
