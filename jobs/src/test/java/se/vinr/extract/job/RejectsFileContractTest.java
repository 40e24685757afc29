package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.vinr.docs.MarkdownPage;

/** docs/contract.md gives the columns of {@code rejects.csv} that {@link RejectsFile} writes. */
class RejectsFileContractTest {

    @Test
    void theContractGivesTheColumnsOfRejectsCsvInTheOrderTheyAreWritten() {
        MarkdownPage.Table columns = MarkdownPage.read("docs/contract.md").section("5.").section("`rejects.csv`")
                .table("column", "content");

        assertThat(columns.codes("column")).containsExactly(RejectsFile.HEADER);
    }
}
