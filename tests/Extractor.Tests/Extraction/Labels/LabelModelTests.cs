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
        // Starting where its side begins scores best (5), after the colon next (1); the colon stands between the first and the end.
        var model = new LabelModel(
            new Dictionary<LabelFeature, double>
            {
                [new LabelFeature("Sb.before", "^", "")] = 5, [new LabelFeature("Sb.before", ":", "")] = 1, [new LabelFeature("Eb.dist", "0", "")] = 6,
            },
            "",
            0);

        Assert.That(words.Words.Take(words.Number).Select(w => (w.Written, w.After)),
            Is.EqualTo(new[] { ("Kết", ' '), ("quả", ':'), ("tiêm", ' '), ("phòng", ' ') }));
        Assert.That(model.Label(words), Is.EqualTo("tiêm phòng"));
    }

    [Test]
    public void A_run_is_weighed_as_a_whole_by_its_length()
    {
        const string text = "Xảy ra 15 vụ phạm pháp hình sự.";
        var words = LabelWords.Around(text, 0, QuantityScanner.Scan(text).First(), "");
        var start = new Dictionary<LabelFeature, double> { [new LabelFeature("Sa.before", "^", "")] = 3 };
        var fiveWords = new Dictionary<LabelFeature, double>(start) { [new LabelFeature("La.len", "5-6", "")] = 2 };

        Assert.That(new LabelModel(start, "", 0).Label(words), Is.EqualTo("vụ"));
        Assert.That(new LabelModel(fiveWords, "", 0).Label(words), Is.EqualTo("vụ phạm pháp hình sự"));
    }
}
