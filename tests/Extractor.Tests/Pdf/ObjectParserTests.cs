using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

public sealed class ObjectParserTests
{
    [TestCase("123", 123L)]
    [TestCase("-17", -17L)]
    [TestCase("+4", 4L)]
    [TestCase("--3", 3L)]
    public void Should_Read_Integers(string text, long expected)
    {
        Assert.That(Parse(text), Is.TypeOf<PdfInteger>().With.Property(nameof(PdfInteger.Value)).EqualTo(expected));
    }

    [TestCase("3.25", 3.25)]
    [TestCase("-.5", -0.5)]
    [TestCase("4.", 4.0)]
    [TestCase("-0.002", -0.002)]
    public void Should_Read_Reals(string text, double expected)
    {
        Assert.That(((PdfReal)Parse(text)).Value, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase("/Type", "Type")]
    [TestCase("/A#20B", "A B")]
    [TestCase("/Name#2F1", "Name/1")]
    [TestCase("/Bad#G1", "Bad#G1")]
    [TestCase("/", "")]
    public void Should_Decode_Name_Escapes(string text, string expected)
    {
        Assert.That(((PdfName)Parse(text)).Value, Is.EqualTo(expected));
    }

    [TestCase(@"(plain)", "plain")]
    [TestCase(@"(a(b)c)", "a(b)c")]
    [TestCase(@"(a\(b\)c\\)", @"a(b)c\")]
    [TestCase("(line\\\nbreak)", "linebreak")]
    [TestCase("(cr\r\nlf)", "cr\nlf")]
    [TestCase(@"(\n\t\q)", "\n\tq")]
    [TestCase("(unterminated", "unterminated")]
    public void Should_Read_Literal_Strings(string text, string expected)
    {
        var value = (PdfString)Parse(text);
        Assert.That(Encoding.Latin1.GetString(value.Bytes), Is.EqualTo(expected));
        Assert.That(value.IsHex, Is.False);
    }

    [Test]
    public void Should_Read_Octal_Escapes_Of_One_To_Three_Digits()
    {
        var value = (PdfString)Parse(@"(\101\7\0053)");

        Assert.That(value.Bytes, Is.EqualTo(new byte[] { 0x41, 0x07, 0x05, (byte)'3' }));
    }

    [TestCase("<48 65 6C6c6F>", "Hello")]
    [TestCase("<414>", "A@")]
    [TestCase("<>", "")]
    public void Should_Read_Hex_Strings(string text, string expected)
    {
        var value = (PdfString)Parse(text);
        Assert.That(Encoding.Latin1.GetString(value.Bytes), Is.EqualTo(expected));
        Assert.That(value.IsHex, Is.True);
    }

    [Test]
    public void Should_Read_Nested_Dictionaries_Arrays_And_References()
    {
        var value = (PdfDictionary)Parse("<< /Kids [3 0 R 12 5 R 7] /Sub <</Flag true /Nothing null /Neg -1>> % comment\n /Last false >>");

        var kids = (PdfArray)value["Kids"]!;
        Assert.That(kids[0], Is.TypeOf<PdfReference>().With.Property(nameof(PdfReference.Id)).EqualTo(new ObjectId(3, 0)));
        Assert.That(kids[1], Is.TypeOf<PdfReference>().With.Property(nameof(PdfReference.Id)).EqualTo(new ObjectId(12, 5)));
        Assert.That(kids[2], Is.TypeOf<PdfInteger>());
        var sub = (PdfDictionary)value["Sub"]!;
        Assert.That(sub["Flag"], Is.SameAs(PdfBoolean.True));
        Assert.That(sub["Nothing"], Is.SameAs(PdfNull.Instance));
        Assert.That(value["Last"], Is.SameAs(PdfBoolean.False));
    }

    [Test]
    public void Should_Skip_A_Key_Without_Name_Leniently()
    {
        var context = new ReadContext(PdfReadOptions.Default);
        var value = (PdfDictionary)new ObjectParser(new PdfLexer(Encoding.ASCII.GetBytes("<< /A 1 2 /B 3 >>")), context).ReadObject();

        Assert.That(value.Keys, Is.EquivalentTo(new[] { "A", "B" }));
        Assert.That(context.Diagnostics, Has.Count.EqualTo(1));
    }

    [Test]
    public void Should_Throw_Limit_When_Nesting_Is_Too_Deep()
    {
        var text = new string('[', 500) + new string(']', 500);

        var error = Assert.Throws<PdfLimitExceededException>(() => Parse(text));

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxNestingDepth)));
    }

    [Test]
    public void Should_Throw_Corrupt_On_A_Stray_Keyword()
    {
        Assert.That(() => Parse("endobj"), Throws.TypeOf<PdfCorruptException>());
    }

    [TestCase("5", true)]
    [TestCase("2", false)]
    [TestCase("999", false)]
    public void Should_Recover_Stream_Data_When_Length_Is_Wrong(string length, bool exact)
    {
        var context = new ReadContext(PdfReadOptions.Default);
        var bytes = Encoding.ASCII.GetBytes($"7 0 obj\n<< /Length {length} >>\nstream\nHello\nendstream\nendobj\n");

        var parsed = new ObjectParser(new PdfLexer(bytes), context).ReadIndirectObject(_ => null);

        Assert.That(parsed.Id, Is.EqualTo(new ObjectId(7, 0)));
        Assert.That(Encoding.ASCII.GetString(((PdfStream)parsed.Value).EncodedData.Span), Is.EqualTo("Hello"));
        Assert.That(context.Diagnostics, exact ? Is.Empty : Is.Not.Empty);
    }

    private static PdfObject Parse(string text) =>
        new ObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text)), new ReadContext(PdfReadOptions.Default)).ReadObject();
}
