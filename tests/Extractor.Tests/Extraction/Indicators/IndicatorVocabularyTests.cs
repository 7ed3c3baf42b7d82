using System.Text;
using System.Text.RegularExpressions;
using Extractor.Annotations;
using Extractor.Extraction.Categories;
using Extractor.Extraction.Indicators;
using Extractor.Extraction.Quantities;
using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Indicators;

public sealed partial class IndicatorVocabularyTests
{
    private const string Header = "code\tgroup\tname\tunit\tdimensions\tsynonyms\tsource";
    private const string GoodLine = "crop_area.sown\tcrop_area\tDiện tích gieo trồng cây hằng năm\tha\tcrop\tdiện tích gieo trồng|gieo cấy\tseed:VQ fn2";

    private static readonly string[] Dimensions = ["key\tvalue\tspellings", "crop\tlúa\tlúa|cây lúa", "scope\t*\t"];

    private static IndicatorVocabulary Vocabulary => IndicatorVocabulary.Embedded;

    [Test]
    public void Every_breakdown_a_record_can_name_is_a_value_of_the_vocabulary()
    {
        var rows = AnnotationTable.Read(Path.Combine(TestFiles.RepositoryRoot, "models", "dimensions.tsv")).ToList();

        var unknown = rows.Where(r => !Vocabulary.Dimensions.TryGetValue(r["key"], out var key) || !(key.Open || key.Values.Any(v => v.Value == r["value"])))
            .Select(r => $"{r["key"]}={r["value"]}");

        Assert.That(rows, Has.Count.GreaterThan(30));
        Assert.That(unknown, Is.Empty, "models/dimensions.tsv names values models/indicator-dimensions.tsv does not have");
    }

    [Test]
    public void The_shipped_vocabulary_holds_at_least_150_indicators()
    {
        Assert.That(Vocabulary.Indicators, Has.Count.GreaterThanOrEqualTo(150));
    }

    [Test]
    public void Every_group_is_a_category_of_the_taxonomy_and_every_category_has_indicators()
    {
        var taxonomy = Taxonomy.Load(Path.Combine(TestFiles.RepositoryRoot, "models", "categories.tsv"));
        var groups = Vocabulary.Indicators.Select(i => i.Group).Distinct().ToList();

        Assert.That(groups, Is.SubsetOf(taxonomy.Codes));
        Assert.That(taxonomy.Codes.Except(groups), Is.Empty);
    }

    [Test]
    public void Codes_are_unique_and_start_with_their_group()
    {
        var codes = Vocabulary.Indicators.Select(i => i.Code).ToList();

        Assert.That(codes, Is.Unique);
        Assert.That(Vocabulary.Indicators.Where(i => !i.Code.StartsWith(i.Group + ".", StringComparison.Ordinal)).Select(i => i.Code), Is.Empty);
    }

    [Test]
    public void Every_unit_is_one_the_unit_lexicon_writes_for_itself()
    {
        var unread = Vocabulary.Indicators.Select(i => i.Unit).Distinct()
            .Where(unit => UnitLexicon.Match(unit, 0) is not { } entry || entry.Written.Length != unit.Length || entry.Canonical != unit);

        Assert.That(unread, Is.Empty);
    }

    [Test]
    public void Every_dimension_key_an_indicator_takes_is_declared()
    {
        var undeclared = Vocabulary.Indicators.SelectMany(i => i.Dimensions).Distinct().Where(key => !Vocabulary.Dimensions.ContainsKey(key));

        Assert.That(undeclared, Is.Empty);
    }

    [TestCase("crop_area.sown", "Diện tích gieo trồng cây hằng năm", "ha", "crop,season")]
    [TestCase("budget_revenue.on_territory", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "budget_level")]
    [TestCase("livestock.herd", "Số lượng gia súc, gia cầm và vật nuôi khác (tổng đàn)", "con", "livestock")]
    [TestCase("investment_disbursement.disbursed", "Giá trị giải ngân vốn đầu tư công", "triệu đồng", "capital,fund_source,programme")]
    [TestCase("poverty.poor_rate", "Tỷ lệ hộ nghèo", "%", "scope")]
    [TestCase("admin_reform.online_rate", "Tỷ lệ hồ sơ trực tuyến", "%", "online")]
    public void An_indicator_has_its_name_unit_and_the_breakdowns_planners_compare_by(string code, string name, string unit, string dimensions)
    {
        var indicator = Vocabulary.Find(code);

        Assert.That(indicator?.Name, Is.EqualTo(name));
        Assert.That(indicator?.Unit, Is.EqualTo(unit));
        Assert.That(indicator?.Dimensions, Is.SupersetOf(dimensions.Split(',')));
    }

    [Test]
    public void Sown_area_is_what_reports_also_call_gieo_cay() =>
        Assert.That(Vocabulary.Find("crop_area.sown")?.Synonyms, Does.Contain("diện tích gieo cấy"));

    [Test]
    public void Budget_revenue_on_the_territory_cites_the_province_indicator_T0601() =>
        Assert.That(Vocabulary.Find("budget_revenue.on_territory")?.Source, Does.Contain("HTCTTK-T0601"));

    [Test]
    public void Area_yield_and_output_are_separate_indicators_as_the_indicator_system_keeps_them()
    {
        string?[] units = [Vocabulary.Find("crop_area.sown")?.Unit, Vocabulary.Find("crop_yield.yield")?.Unit, Vocabulary.Find("crop_output.output")?.Unit];

        Assert.That(units, Is.EqualTo(new[] { "ha", "tạ/ha", "tấn" }));
    }

    [TestCase("season", "đông xuân", "đông - xuân")]
    [TestCase("season", "mùa", "vụ mùa")]
    [TestCase("crop", "lúa", "cây lúa")]
    [TestCase("livestock", "lợn", "heo")]
    [TestCase("budget_level", "tỉnh giao", "dự toán tỉnh giao")]
    [TestCase("budget_level", "huyện giao", "HĐND huyện giao")]
    [TestCase("fund_source", "ngân sách trung ương", "NSTW")]
    public void A_breakdown_value_lists_the_spellings_reports_use(string key, string value, string spelling)
    {
        var values = Vocabulary.Dimensions[key].Values;

        Assert.That(values.Single(v => v.Value == value).Spellings, Does.Contain(spelling));
    }

    [Test]
    public void A_one_word_spelling_is_more_often_itself_than_another_word_in_the_sample_reports()
    {
        // Matching without diacritics finds "đông" in "đồng" and "lợn" in "lớn": a one-word spelling
        // must stand for itself at least as often as for other words (abbreviations vary in đ/d and are left aside).
        var words = Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "samples", "text"), "*.txt")
            .SelectMany(file => Word().Matches(File.ReadAllText(file).Normalize(NormalizationForm.FormC)).Select(m => m.Value.ToLowerInvariant()))
            .ToList();
        var exact = words.CountBy(w => w).ToDictionary();
        var folded = words.CountBy(w => VietnameseFold.Fold(w)).ToDictionary();
        var spellings = Vocabulary.Dimensions.Values.SelectMany(k => k.Values).SelectMany(v => v.Spellings)
            .Concat(Vocabulary.Indicators.SelectMany(i => i.Synonyms))
            .Where(s => Word().Matches(s).Count == 1 && s != s.ToUpperInvariant())
            .Select(s => s.ToLowerInvariant())
            .Distinct();

        var ambiguous = spellings.Where(s => folded.GetValueOrDefault(VietnameseFold.Fold(s)) - exact.GetValueOrDefault(s) > exact.GetValueOrDefault(s));

        Assert.That(ambiguous, Is.Empty);
    }

    [Test]
    public void A_place_is_an_open_breakdown_and_a_season_is_a_closed_one()
    {
        Assert.That(Vocabulary.Dimensions["scope"].Open, Is.True);
        Assert.That(Vocabulary.Dimensions["season"].Open, Is.False);
    }

    [Test]
    public void Every_page_a_source_names_is_listed_with_its_address_in_the_vocabulary_notes()
    {
        var notes = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "models", "indicators.md"));
        var pages = Vocabulary.Indicators.SelectMany(i => PageKey().Matches(i.Source)).Select(m => m.Value).Distinct();

        Assert.That(pages.Where(page => !notes.Contains($"`{page}`", StringComparison.Ordinal)), Is.Empty);
    }

    // Labels as the sample reports write them (samples/text), each with the indicator it measures.
    [TestCase("huyen-van-quan-6-thang-2024.txt", "tổng diện tích gieo trồng vụ đông - xuân", "crop_area.sown")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Tổng đàn trâu", "livestock.herd")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "đàn gia cầm", "livestock.herd")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Ong có", "livestock.bee_colonies")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "tổng sản lượng thủy sản", "aquaculture.output")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "tỷ lệ che phủ rừng", "forest_cover.rate")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "tổng số cây trồng được", "forest_planting.scattered_trees")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "làm đường giao thông nông thôn theo Đề án 162", "rural_roads.concreted")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Nhân dân hiến đất", "rural_roads.land_donated")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "trung bình toàn huyện đạt", "new_rural.average_criteria")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "sản phẩm được chứng nhận là sản phẩm OCOP xếp hạng 3 sao", "ocop.products")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Tổng nguồn vốn đầu tư công năm 2024", "investment_plan.public_capital")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "thanh toán vốn đầu tư công đến nay giải ngân", "investment_disbursement.disbursed")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "thành lập mới được 07 doanh nghiệp", "enterprises.new")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "hộ kinh doanh đăng ký mới", "enterprises.household_businesses_new")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Tổng thu ngân sách Nhà nước trên địa bàn", "budget_revenue.on_territory")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Tổng chi ngân sách Nhà nước", "budget_spending.total")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "trường đạt chuẩn", "education.standard_schools")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Tổng số lần khám bệnh", "health.examinations")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "số lần điều trị nội trú", "health.inpatients")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "lượt khách tham quan", "tourism.visitors")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "doanh thu du lịch", "tourism.revenue")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "lớp dạy nghề cho LĐNT", "labour.training_classes")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "tỷ lệ lao động qua đào tạo trên địa bàn huyện", "labour.trained_rate")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "số hộ cận nghèo", "poverty.near_poor_households")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Tổng số đơn tiếp nhận trong 6 tháng đầu năm", "complaints.petitions_received")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "nhiệm vụ cải cách hành chính", "admin_reform.plan_completion")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "Lễ giao nhận quân năm 2024", "defence.conscripts")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "vụ phạm pháp hình sự", "public_security.crimes")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "vụ tai nạn giao thông", "public_security.traffic_accidents")]
    [TestCase("huyen-van-quan-6-thang-2024.txt", "số tiền xử phạt", "penalties.fines")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Tổng diện tích gieo trồng trên địa bàn xã", "crop_area.sown")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "diện tích cây lúa xuân", "crop_area.sown")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "đàn dê", "livestock.herd")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh", "environment.clean_water_rate")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Tổng thu ngân sách nhà nước", "budget_revenue.total")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Thu ngân sách trên địa bàn", "budget_revenue.on_territory")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Trợ giúp gạo", "social_support.rice_relief")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "gia hạn thẻ BHYT", "social_support.health_insurance_cards")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Tổng số khám bệnh", "health.examinations")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Tổng số lượt tiếp công dân", "complaints.receptions")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "tài khoản đã kích hoạt", "digital.eid_accounts")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "đón quân nhân xuất ngũ", "defence.discharged")]
    [TestCase("xa-binh-trung-6-thang-2023.txt", "Tỷ lệ kích hoạt định danh điện tử mức 1, mức 2", "digital.eid_rate")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt", "thu nội địa", "budget_revenue.domestic")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt", "giảm tỷ lệ hộ nghèo", "poverty.rate_reduction")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt", "tỷ lệ huy động trẻ nhà trẻ ra lớp", "education.enrolment_rate")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt", "tỷ lệ giải phóng mặt bằng", "site_clearance.rate")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt", "tỷ lệ khám phá án", "public_security.clearance_rate")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt", "gọi công dân nhập ngũ", "defence.conscripts")]
    public void A_label_of_the_sample_reports_is_named_best_by_a_synonym_of_its_indicator(string sample, string label, string code)
    {
        var text = File.ReadAllText(TestFiles.Sample(Path.Combine("text", sample))).Normalize(NormalizationForm.FormC);
        Assert.That(text, Does.Contain(label), "the label is quoted from the report");

        Assert.That(BestCodes(label), Is.EqualTo(new[] { code }));
    }

    [Test]
    public void Most_annotated_labels_are_named_by_the_vocabulary_and_mostly_by_an_indicator_of_their_category()
    {
        // The training annotations were made by reading; "other" rows name nothing the vocabulary holds.
        var rows = Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "models", "annotations"), "*.tsv")
            .SelectMany(AnnotationTable.Read)
            .Where(row => row["category"] != "other")
            .ToList();
        var best = rows.Select(row => (Category: row["category"], Codes: BestCodes(row["label"]) ?? BestCodes($"{row["label"]} {row["context"]}"))).ToList();
        var named = best.Count(b => b.Codes is not null) / (double)rows.Count;
        var inCategory = best.Count(b => b.Codes?.Any(code => code.StartsWith(b.Category + ".", StringComparison.Ordinal)) == true) / (double)rows.Count;
        TestContext.Out.WriteLine($"{rows.Count} annotated labels: {named:P1} named by a synonym, {inCategory:P1} best by an indicator of their category");

        Assert.That(rows, Has.Count.GreaterThan(500));
        Assert.That(named, Is.GreaterThanOrEqualTo(0.85));
        Assert.That(inCategory, Is.GreaterThanOrEqualTo(0.78));
    }

    [TestCase("crop_area.sown\tcrop_area\tDiện tích gieo trồng\tha\tcrop\tgieo cấy\tseed", "the code is given twice")]
    [TestCase("crop_area.harvested\tcrops\tDiện tích thu hoạch\tha\t\tthu hoạch\tseed", "unknown group 'crops'")]
    [TestCase("crop_area.harvested\tcrop_area\tDiện tích thu hoạch\tha\tseason\tthu hoạch\tseed", "unknown dimension key 'season'")]
    [TestCase("crop_area.harvested\tcrop_area\t\tha\t\tthu hoạch\tseed", "must not be empty")]
    [TestCase("crop_area.harvested\tcrop_area\tDiện tích thu hoạch\tha\t\t | \tseed", "at least one synonym")]
    [TestCase("crop_area.harvested\tcrop_area\tDiện tích thu hoạch\tha\t\tthu hoạch|...\tseed", "the synonym '...' has no words")]
    [TestCase("Crop_area.Harvested\tcrop_area\tDiện tích thu hoạch\tha\t\tthu hoạch\tseed", "lower-case ASCII")]
    [TestCase("crop_yield.harvested\tcrop_area\tDiện tích thu hoạch\tha\t\tthu hoạch\tseed", "does not start with its group")]
    [TestCase("crop_area.harvested\tcrop_area\tDiện tích thu hoạch\tha\tcrop,crop\tthu hoạch\tseed", "dimension key is given twice")]
    public void A_bad_indicator_line_is_refused_naming_its_entry_and_the_problem(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => IndicatorVocabulary.Read([Header, GoodLine, line], Dimensions, ["crop_area", "crop_yield"]));

        Assert.That(error!.Message, Does.StartWith("indicators.tsv, ").And.Contain(problem));
    }

    [TestCase("crop\tngô\t", "crop=ngô: a value needs at least one spelling")]
    [TestCase("crop\tlúa\tthóc", "crop=lúa: the value is given twice")]
    [TestCase("\tlúa\tlúa", "key and value must not be empty")]
    public void A_bad_breakdown_line_is_refused_naming_its_entry_and_the_problem(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => IndicatorVocabulary.Read([Header, GoodLine], [.. Dimensions, line], ["crop_area"]));

        Assert.That(error!.Message, Does.StartWith("indicator-dimensions.tsv, ").And.Contain(problem));
    }

    [Test]
    public void A_table_without_a_column_the_vocabulary_needs_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => IndicatorVocabulary.Read(["code\tgroup\tname\tunit\tdimensions\tsynonyms", "crop_area.sown\tcrop_area\tDiện tích\tha\t\tgieo cấy"], Dimensions, ["crop_area"]));

        Assert.That(error!.Message, Does.Contain("no column 'source'"));
    }

    [Test]
    public void A_good_table_reads_into_definitions_and_breakdowns()
    {
        var vocabulary = IndicatorVocabulary.Read([Header, GoodLine], Dimensions, ["crop_area"]);

        Assert.That(vocabulary.Find("crop_area.sown"), Is.EqualTo(vocabulary.Indicators.Single()));
        Assert.That(vocabulary.Indicators.Single().Synonyms, Is.EqualTo(new[] { "diện tích gieo trồng", "gieo cấy" }));
        Assert.That(vocabulary.Dimensions["crop"].Values.Single().Value, Is.EqualTo("lúa"));
        Assert.That(vocabulary.Dimensions["crop"].Values.Single().Spellings, Is.EqualTo(new[] { "lúa", "cây lúa" }));
        Assert.That(vocabulary.Dimensions["scope"], Has.Property("Open").True.And.Property("Values").Empty);
    }

    // Every synonym of the vocabulary as its folded parts (" gieo trong ", split at "..."), folded once.
    private static readonly Lazy<List<(string Code, string[] Parts)>> FoldedSynonyms = new(() =>
        [.. Vocabulary.Indicators.SelectMany(i => i.Synonyms.Select(s => (i.Code, s.Split("...", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Folded).ToArray())))]);

    // The indicators whose synonyms name the label best, diacritics optional: the label and every
    // synonym compared folded, the longest synonym found wins; null when none is found.
    private static List<string>? BestCodes(string label)
    {
        var text = Folded(label);
        return FoldedSynonyms.Value
            .Select(s => (s.Code, Length: MatchedLength(s.Parts, text)))
            .Where(m => m.Length > 0)
            .GroupBy(m => m.Code)
            .Select(g => (Code: g.Key, Length: g.Max(m => m.Length)))
            .GroupBy(m => m.Length)
            .MaxBy(g => g.Key)?
            .Select(m => m.Code)
            .ToList();
    }

    // The folded length of the parts when all occur in the text in order, on word boundaries; 0 when not.
    private static int MatchedLength(string[] parts, string text)
    {
        var (position, length) = (0, 0);
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return 0;
            }

            (position, length) = (found + part.Length - 1, length + part.Length - 2);
        }

        return length;
    }

    private static string Folded(string text) => $" {string.Join(' ', VietnameseFold.FoldedWords(text))} ";

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"web:[a-z0-9-]+")]
    private static partial Regex PageKey();
}
