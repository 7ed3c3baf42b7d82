using Extractor.Evaluation;
using Extractor.Extraction;
using Extractor.Extraction.Indicators;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Indicators;

/// <summary>
/// The linker shipped in the library (models/indicator-ranker.tsv): current with the corpus and vocabulary it was
/// trained on, rebuilt byte for byte by `extractor train`, and what gives records their indicator code.
/// </summary>
public sealed class IndicatorLinkerFileTests
{
    [Test]
    public void The_shipped_linker_was_trained_on_todays_corpus_and_vocabulary()
    {
        Assert.That(IndicatorLinker.Embedded?.TrainingHash, Is.EqualTo(IndicatorLinkerTraining.Hash(ShippedModel.Corpus)),
            "the corpus or the vocabulary changed since training: run `extractor train`");
    }

    [Test]
    public void Training_again_writes_the_shipped_file_byte_for_byte()
    {
        ShippedModel.AssertTrainingWritesAgain("indicator-ranker.tsv", (written, skipped) => IndicatorLinkerTraining.Train(ShippedModel.Corpus, written, skipped));
    }

    [Test]
    public void A_linker_file_trained_with_other_features_is_refused_in_one_line()
    {
        var lines = File.ReadAllLines(Path.Combine(ShippedModel.Folder, "indicator-ranker.tsv"))
            .Select(l => l.Replace("rank\tlabel_cover\t", "rank\tlabel_coverage\t", StringComparison.Ordinal));

        var error = Assert.Throws<FormatException>(() =>
            IndicatorLinker.Read(new StringReader(string.Join('\n', lines)), new IndicatorCandidates(IndicatorVocabulary.Embedded)));

        Assert.That(error!.Message, Does.Contain("other features").And.Contain("extractor train"));
    }

    [Test]
    public void Records_of_the_district_sample_carry_the_code_name_confidence_and_group_of_the_indicator_they_measure()
    {
        var records = IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample("huyen-van-quan-6-thang-2024.docx")));

        var revenue = records.Single(r => r.Indicator.StartsWith("Tổng thu ngân sách Nhà nước trên địa bàn", StringComparison.Ordinal) && r.Unit == "triệu đồng");
        var buffaloes = records.Single(r => r.Indicator.Contains("Tổng đàn trâu", StringComparison.Ordinal) && r.Unit == "con");

        Assert.That((revenue.IndicatorCode, revenue.IndicatorName, revenue.Category, revenue.Value),
            Is.EqualTo(("budget_revenue.on_territory", IndicatorVocabulary.Embedded.Find("budget_revenue.on_territory")!.Name, "budget_revenue", 18290m)));
        Assert.That(revenue.IndicatorConfidence, Is.GreaterThanOrEqualTo(IndicatorLinker.Embedded!.Ranker.Threshold).And.LessThanOrEqualTo(1));
        Assert.That((buffaloes.IndicatorCode, buffaloes.Category, buffaloes.Value), Is.EqualTo(("livestock.herd", "livestock", 7675m)));
    }

    [Test]
    public void A_record_the_linker_is_not_sure_of_keeps_no_code_and_the_category_models_field()
    {
        var records = IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample("huyen-van-quan-6-thang-2024.docx")));

        var uncoded = records.Where(r => r.IndicatorCode is null).ToList();

        Assert.That(uncoded, Is.Not.Empty);
        Assert.That(uncoded.Select(r => (r.IndicatorName, r.IndicatorConfidence)).Distinct(), Is.EqualTo(new[] { ((string?)null, (double?)null) }));
        Assert.That(records.Where(r => r.IndicatorCode is not null).Select(r => r.Category),
            Is.EqualTo(records.Where(r => r.IndicatorCode is not null).Select(r => IndicatorVocabulary.Embedded.Find(r.IndicatorCode!)!.Group)));
    }
}
