using Extractor.Records;
using NUnit.Framework;

namespace Extractor.Tests.Records;

public sealed class RecordDimensionsTests
{
    [Test]
    public void Dimensions_are_written_and_read_as_key_value_pairs_in_their_order()
    {
        var dimensions = RecordDimensions.Parse(" crop=lúa ;season = đông xuân; scope=xã Tràng Các ");

        Assert.That(dimensions.ToString(), Is.EqualTo("crop=lúa; season=đông xuân; scope=xã Tràng Các"));
        Assert.That(dimensions.Select(p => p.Key), Is.EqualTo(new[] { "crop", "season", "scope" }));
        Assert.That((dimensions["season"], dimensions["livestock"]), Is.EqualTo(("đông xuân", (string?)null)));
        Assert.That(RecordDimensions.Parse(dimensions.ToString()), Is.EqualTo(dimensions));
        Assert.That(RecordDimensions.Parse("season=đông xuân; crop=lúa"), Is.Not.EqualTo(RecordDimensions.Parse("crop=lúa; season=đông xuân")), "the order is part of them");
    }

    [Test]
    public void No_dimensions_are_written_as_nothing_and_a_key_keeps_its_first_value()
    {
        Assert.That((RecordDimensions.Parse("").ToString(), RecordDimensions.Parse("").Count), Is.EqualTo(("", 0)));
        Assert.That(RecordDimensions.Parse(""), Is.SameAs(RecordDimensions.None));
        Assert.That(RecordDimensions.Of([KeyValuePair.Create("crop", "lúa"), KeyValuePair.Create("crop", "ngô")]).ToString(), Is.EqualTo("crop=lúa"));
    }

    [Test]
    public void What_cannot_be_written_back_is_refused()
    {
        Assert.That(() => RecordDimensions.Parse("crop"), Throws.TypeOf<FormatException>().With.Message.EqualTo("'crop' is not key=value"));
        Assert.That(() => RecordDimensions.Of([KeyValuePair.Create("crop", "lúa; ngô")]), Throws.ArgumentException);
        Assert.That(() => RecordDimensions.Of([KeyValuePair.Create("", "lúa")]), Throws.ArgumentException);
    }
}
