using Extractor.Extraction;
using Extractor.Records;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>What a record says beyond its number, on the samples: its breakdowns, its kind, its change, a label that names something.</summary>
public sealed class RecordFieldsOnSamplesTests
{
    private static readonly Dictionary<string, IReadOnlyList<IndicatorRecord>> Records = new[]
    {
        "huyen-van-quan-6-thang-2024", "xa-binh-trung-6-thang-2023", "huyen-huu-lung-cong-van-2022",
    }.ToDictionary(s => s, s => IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample($"{s}.docx"))));

    private static IndicatorRecord One(string sample, string raw, string? evidence = null) =>
        Records[sample].Single(r => r.Raw == raw && (evidence is null || r.Evidence.Contains(evidence, StringComparison.Ordinal)));

    [Test]
    public void Van_Quan_sown_area_of_rice_is_broken_down_by_crop_season_and_scope()
    {
        var rice = One("huyen-van-quan-6-thang-2024", "1.448,29 ha");

        // The footnote's lead-in says the season, its label the crop.
        Assert.That(rice.Dimensions.ToString(), Is.EqualTo("crop=lúa; season=đông xuân"));
        Assert.That((rice.Dimensions["crop"], rice.Dimensions["season"], rice.Dimensions["livestock"]), Is.EqualTo(("lúa", "đông xuân", (string?)null)));
        Assert.That(One("huyen-van-quan-6-thang-2024", "1.436,98 ha").Dimensions["crop"], Is.EqualTo("ngô"));
        Assert.That(One("huyen-van-quan-6-thang-2024", "7.675 con").Dimensions.ToString(), Is.EqualTo("livestock=trâu"));
    }

    [Test]
    public void Binh_Trung_spring_rice_output_takes_its_crop_and_season_from_the_area_before_it()
    {
        Assert.That(One("xa-binh-trung-6-thang-2023", "523 tấn").Dimensions.ToString(), Is.EqualTo("crop=lúa; season=xuân"));
        Assert.That(One("xa-binh-trung-6-thang-2023", "229,61 ha").Dimensions.ToString(), Is.EqualTo("scope=toàn xã"));
    }

    [Test]
    public void Two_percentages_of_plan_keep_their_levels()
    {
        var revenue = One("huyen-van-quan-6-thang-2024", "18.290 triệu đồng");
        var second = Records["huyen-van-quan-6-thang-2024"].Single(r => r.Raw == "69%");

        Assert.That((revenue.PlanPercent, revenue.Dimensions["budget_level"]), Is.EqualTo(((decimal?)76m, "tỉnh giao")));
        Assert.That((second.Value, second.Unit, second.Indicator, second.Dimensions["budget_level"]),
            Is.EqualTo((69m, "% KH", revenue.Indicator, "huyện giao")));
    }

    [Test]
    public void A_change_qualifies_the_count_before_it_or_is_a_signed_record_of_its_own()
    {
        var crimes = One("huyen-van-quan-6-thang-2024", "08 vụ", "phạm pháp hình sự");
        Assert.That((crimes.Value, crimes.Change, crimes.ChangePercent), Is.EqualTo((8m, (decimal?)2m, (decimal?)null)));
        Assert.That(Records["huyen-van-quan-6-thang-2024"].Where(r => r.Raw == "02 vụ" && r.Evidence.Contains("tăng 02 vụ", StringComparison.Ordinal)).Select(r => r.Indicator).ToList(),
            Has.Count.EqualTo(1).And.None.Contain("phạm pháp"), "the change is the crimes' change, not a record of its own; \"cả 02 vụ án\" of 2023 is");

        var criteria = One("xa-binh-trung-6-thang-2023", "3 tiêu chí", "Giảm 3 tiêu chí");
        Assert.That((criteria.Value, criteria.Unit, criteria.Change, criteria.Indicator), Is.EqualTo((-3m, "tiêu chí", (decimal?)-3m, "tiêu chí")));
    }

    [Test]
    public void Targets_and_plans_are_not_results()
    {
        Assert.That(One("huyen-van-quan-6-thang-2024", "25.000 lượt khách").Kind, Is.EqualTo(RecordKind.Target), "(mục tiêu 25.000 lượt khách)");
        Assert.That(One("huyen-van-quan-6-thang-2024", "26.150 lượt khách").Kind, Is.EqualTo(RecordKind.Actual));
        Assert.That(One("huyen-van-quan-6-thang-2024", "14.000 triệu đồng").Kind, Is.EqualTo(RecordKind.Plan), "Kế hoạch vốn bố trí là 14.000 triệu đồng");
        Assert.That(One("huyen-van-quan-6-thang-2024", "4.095 triệu đồng").Kind, Is.EqualTo(RecordKind.Actual), "đã giải ngân được 4.095 triệu đồng");
        Assert.That(One("huyen-van-quan-6-thang-2024", "4.659,9ha").Kind, Is.EqualTo(RecordKind.Estimate), "ước tính tổng diện tích gieo trồng");
        Assert.That(One("huyen-van-quan-6-thang-2024", "6,73%", "giảm tỷ lệ hộ nghèo từ 6,73%").Kind, Is.EqualTo(RecordKind.Target),
            "Phần II sets out the tasks of the last six months: its figures name no goal word of their own");

        // The letter asks offices to report on the year's tasks: what it sets out to reach ("phân đấu ...") is a target.
        Assert.That(Records["huyen-huu-lung-cong-van-2022"].Where(r => r.Evidence.Contains("hân đấu", StringComparison.Ordinal)).Select(r => r.Kind).Distinct(),
            Is.EqualTo(new[] { RecordKind.Target }));
    }

    [Test]
    public void Every_record_has_a_label_with_a_word_and_a_kind_that_agrees_with_its_estimate_flag()
    {
        var all = Records.Values.SelectMany(r => r).ToList();

        Assert.That(all.Where(r => !r.Indicator.Any(char.IsLetter)).Select(r => r.Raw), Is.Empty);
        Assert.That(all.Where(r => r.Estimate != (r.Kind == RecordKind.Estimate)).Select(r => r.Raw), Is.Empty);
        Assert.That(all.Select(r => r.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<RecordKind>()), "the samples hold every kind");
    }
}
