using Extractor.Evaluation;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>
/// The rules scored on the annotated corpus (models/corpus), which they learn nothing from: value and unit, kind,
/// change, percentage of plan and label of every row (the label as the label model trained on the other provinces
/// chooses it). The floors are today's figures less a little, so a change that reads the corpus worse fails here.
/// </summary>
public sealed class CorpusReadingTests
{
    [Test]
    public void The_rules_read_the_corpus_rows_at_least_as_well_as_today()
    {
        var figures = CorpusReadingFigures.Of(Path.Combine(TestFiles.RepositoryRoot, "models", "corpus"));
        TestContext.Out.WriteLine(figures);

        // Measured on 2,942 rows of 50 documents: F1 0.827, kind 0.923, change 0.701, plan 0.900, labels the annotated one
        // 0.692 as the label model trained on the other provinces chooses them (the rules alone 0.351), holding it 0.780.
        Assert.That(figures.Read, Is.GreaterThan(figures.Rows * 0.85), "rows the rules read");
        Assert.That(figures.F1, Is.GreaterThanOrEqualTo(0.80), "value and unit");
        Assert.That((double)figures.KindRight / figures.Read, Is.GreaterThanOrEqualTo(0.88), "kind");
        Assert.That((double)figures.ChangeRight / figures.Changes, Is.GreaterThanOrEqualTo(0.62), "change");
        Assert.That((double)figures.PlanRight / figures.Plans, Is.GreaterThanOrEqualTo(0.82), "percentage of plan");
        Assert.That((double)figures.LabelHolds / figures.Read, Is.GreaterThanOrEqualTo(0.75), "labels holding the annotated label");
        Assert.That((double)figures.LabelExact / figures.Read, Is.GreaterThanOrEqualTo(0.66), "labels that are the annotated label");
        Assert.That((double)figures.LabelRules / figures.Read, Is.GreaterThanOrEqualTo(0.33), "the rules' labels that are the annotated label");
    }

    [Test]
    public void A_row_read_otherwise_than_annotated_counts_against_the_rules_and_a_quantity_no_row_names_against_precision()
    {
        var corpus = Path.Combine(TestFiles.TempDirectory(), "models", "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllLines(Path.Combine(corpus, "a--huyen.txt"),
        [
            "# province: Tỉnh A", "ỦY BAN NHÂN DÂN HUYỆN A", "", "BÁO CÁO", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2024", "", "I. KINH TẾ", "",
            "Tổng diện tích gieo trồng vụ đông xuân đạt 950 ha, tăng 2% so với cùng kỳ. Phấn đấu trồng mới 120 ha rừng. Có 3 xã đạt chuẩn nông thôn mới.", "",
            "Thu ngân sách trên địa bàn 500 triệu đồng, đạt 86% dự toán.",
        ]);
        File.WriteAllLines(Path.Combine(corpus, "a--huyen.tsv"),
        [
            "# province: Tỉnh A",
            "where\tevidence\traw\tvalue\tunit\tlabel\tcontext\tcategory\tcode\tkind\tplan_pct\tchange_pct",
            "body\tTổng diện tích gieo trồng vụ đông xuân đạt 950 ha\t950 ha\t950\tha\tTổng diện tích gieo trồng vụ đông xuân\t\tcrop_area\tcrop_area.sown\tactual\t\t2",
            // Annotated as a result though "phấn đấu" makes it a target, and with a wrong value: both count against the rules.
            "body\tPhấn đấu trồng mới 120 ha rừng\t120 ha\t125\tha\ttrồng mới\t\tforest_planting\t\tactual\t\t",
            "body\tThu ngân sách trên địa bàn 500 triệu đồng\t500 triệu đồng\t500\ttriệu đồng\tThu ngân sách trên địa bàn\t\tbudget_revenue\t\tactual\t86\t",
        ]);

        var figures = CorpusReadingFigures.Of(corpus);

        Assert.That((figures.Rows, figures.Read, figures.Unannotated), Is.EqualTo((3, 3, 1)), "3 xã is read and annotated by no row");
        Assert.That((figures.ValueUnitRight, figures.KindRight), Is.EqualTo((2, 2)));
        Assert.That((figures.Changes, figures.ChangeRight, figures.Plans, figures.PlanRight), Is.EqualTo((1, 1, 1, 1)));
        Assert.That(figures.Precision, Is.EqualTo(2.0 / 4));
        Assert.That(figures.Recall, Is.EqualTo(2.0 / 3));
    }
}
