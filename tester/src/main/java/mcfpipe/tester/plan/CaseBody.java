package mcfpipe.tester.plan;

/** What a case does; it signals failure by throwing (usually a {@link CaseFailure} from {@link Expect}). */
@FunctionalInterface
public interface CaseBody {
    void run(CaseContext ctx) throws Exception;
}
