using Extractor.Evaluation;
using Extractor.Extraction.Categories;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>
/// Extraction measured against the hand-made gold of the three seed reports; the category model
/// is cross-validated by document (each report scored by a model trained on the others).
/// </summary>
public sealed class ExtractionQualityTests
{
    private static readonly EvaluationData Data = new(
        Path.Combine(TestFiles.RepositoryRoot, "tests", "Extractor.Tests", "Extraction", "Gold"),
        Path.Combine(TestFiles.RepositoryRoot, "models", "annotations"),
        Path.Combine(TestFiles.RepositoryRoot, "samples", "text"),
        Path.Combine(TestFiles.RepositoryRoot, "models", "categories.tsv"));

    [Test]
    public void Gold_floors_hold()
    {
        var scores = ExtractionEvaluation.CrossValidate(Data);
        var all = scores.Aggregate(ExtractionScore.Empty, (a, d) => a + d.Score);
        TestContext.Out.WriteLine($"gold {all.Gold}, extracted {all.Extracted}, matched {all.Matched}: P {all.Precision:F3} R {all.Recall:F3} F1 {all.F1:F3}; "
            + $"qualifiers {all.QualifierAccuracy:F3}, labels {all.LabelAccuracy:F3}, categories {all.CategoryAccuracy:F3}");
        Assert.That(scores.Select(s => s.Document), Is.EquivalentTo(new[] { "huyen-huu-lung-cong-van-2022", "huyen-van-quan-6-thang-2024", "xa-binh-trung-6-thang-2023" }));
        Assert.That(all.Gold, Is.EqualTo(182));
        Assert.That(all.F1, Is.GreaterThanOrEqualTo(0.95), "value+unit F1");
        Assert.That(all.QualifierAccuracy, Is.GreaterThanOrEqualTo(0.95), "qualifiers right on matched records");
        Assert.That(all.LabelAccuracy, Is.GreaterThanOrEqualTo(0.85), "labels holding the gold head words");
        Assert.That(all.CategoryAccuracy, Is.GreaterThanOrEqualTo(0.40), "categories, cross-validated by document");
    }

    [Test]
    public void Shipped_model_was_trained_on_the_committed_annotations()
    {
        var documents = TrainingSet.Documents(Data.AnnotationsDirectory, Data.ReportsDirectory);
        var hash = TrainingSet.CategoryModelHash(documents, Data.CategoriesFile, Path.Combine(ShippedModel.Folder, "label-model.tsv"));
        Assert.That(CategoryModel.Embedded, Is.Not.Null, "models/indicator-model.tsv is embedded in the library");
        Assert.That(CategoryModel.Embedded!.TrainingHash, Is.EqualTo(hash), "annotations or the label model changed since training: run `extractor train`");
    }

    [Test]
    public void Training_is_deterministic_and_the_model_file_round_trips()
    {
        var taxonomy = Taxonomy.Load(Data.CategoriesFile);
        var document = TrainingSet.Documents(Data.AnnotationsDirectory, Data.ReportsDirectory)
            .Single(d => d.Annotations.EndsWith("xa-binh-trung-6-thang-2023.tsv", StringComparison.Ordinal));
        var examples = TrainingSet.Examples(document.Annotations, document.Report, new CategoryFeatures(taxonomy.Keywords));
        var first = Write(CategoryTrainer.Train(examples, taxonomy, "h"));
        var second = Write(CategoryTrainer.Train(examples, taxonomy, "h"));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(Write(CategoryModel.Read(new StringReader(first))), Is.EqualTo(first));
    }

    [Test]
    public void The_model_names_what_its_keywords_point_to()
    {
        var model = CategoryModel.Embedded!;
        Assert.That(model.Predict("Tổng đàn trâu", "", "Lĩnh vực kinh tế", "con").Category, Is.EqualTo("livestock"));
        Assert.That(model.Predict("Cây lúa", "Vụ đông xuân", "", "ha").Category, Is.EqualTo("crop_area"));
        Assert.That(model.Predict("Tổng thu ngân sách Nhà nước trên địa bàn", "", "Tình hình, kết quả thu, chi ngân sách Nhà nước", "triệu đồng").Category, Is.EqualTo("budget_revenue"));
    }

    private static string Write(CategoryModel model)
    {
        using var writer = new StringWriter();
        model.Write(writer);
        return writer.ToString();
    }
}
