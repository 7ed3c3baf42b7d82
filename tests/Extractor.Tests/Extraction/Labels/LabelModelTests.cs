using Extractor.Evaluation;
using Extractor.Extraction;
using Extractor.Extraction.Labels;
using Extractor.Extraction.Quantities;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Labels;

/// <summary>
/// The label model shipped in the library (models/label-model.tsv): current with the corpus it was trained on, rebuilt
/// byte for byte by `extractor train`, refused when written with features it does not know; and the words it chooses from.
/// </summary>
public sealed class LabelModelTests
{
    [Test]
    public void The_shipped_label_model_was_trained_on_todays_corpus()
    {
        Assert.That(LabelModel.Embedded?.TrainingHash, Is.EqualTo(LabelModelTraining.Hash(ShippedModel.Corpus)),
            "the corpus changed since training: run `extractor train`");
    }

    [Test]
    public void Training_again_writes_the_shipped_file_byte_for_byte()
    {
        ShippedModel.AssertTrainingWritesAgain("label-model.tsv", (written, skipped) => LabelModelTraining.Train(ShippedModel.Corpus, written, skipped));
    }

    [Test]
    public void A_label_model_file_with_a_feature_it_does_not_know_is_refused_in_one_line()
    {
        var lines = File.ReadAllLines(Path.Combine(ShippedModel.Folder, "label-model.tsv")).Append("Sb.shape\tXxx\t\t0.5");

        var error = Assert.Throws<FormatException>(() => LabelModel.Read(new StringReader(string.Join('\n', lines))));

        Assert.That(error!.Message, Does.Contain("Sb.shape").And.Contain("extractor train").And.Not.Contain("\n"));
    }

    [Test]
    public void A_count_takes_its_label_from_what_it_counts_after_it_up_to_the_parenthesis()
    {
        var offence = PassageReader.Read("Tình hình an ninh trật tự ổn định, xảy ra 15 vụ phạm pháp hình sự (giảm 2 vụ so với cùng kỳ).")
            .Single(q => q.Value == 15);

        var words = offence.LabelWords!;

        Assert.That(words.Words.Skip(words.Number).Select(w => w.Written), Is.EqualTo(new[] { "vụ", "phạm", "pháp", "hình", "sự" }));
        Assert.That(words.Find("vụ phạm pháp hình sự"), Is.EqualTo((words.Number, words.Number + 5)));
        Assert.That((offence.Label, offence.Unit), Is.EqualTo(("vụ phạm pháp hình sự", "vụ")));
    }

    [Test]
    public void A_label_never_runs_across_a_colon_however_its_start_scores()
    {
        const string text = "Kết quả: tiêm phòng 320 con";
        var words = LabelWords.Around(text, 0, QuantityScanner.Scan(text).First(), "");
        // Starting where its side begins and ending against the number score best together (11); the colon stands between.
        var model = new LabelModel(
            new Dictionary<LabelFeature, double> { [new LabelFeature("Sb.before", "^", "")] = 5, [new LabelFeature("Eb.dist", "0", "")] = 6 }, "", 0);

        Assert.That(words.Words.Take(words.Number).Select(w => (w.Written, w.After)),
            Is.EqualTo(new[] { ("Kết", ' '), ("quả", ':'), ("tiêm", ' '), ("phòng", ' ') }));
        Assert.That(model.Label(words), Is.EqualTo("tiêm phòng"));
    }
}
