using System.CommandLine;
using Extractor.Export;
using Extractor.Model;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary><c>extractor show FILE [--json]</c>: one report's metadata, section tree and footnotes.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A DOCX, DOC, PDF or text report." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON (metadata, sections, footnotes)." };
        var noOcr = ReaderChoices.NoOcrOption();
        var command = new Command("show", "Show one report: metadata, sections and footnotes.") { file, json, noOcr };
        command.SetAction(parse => CommandErrors.Run(() =>
        {
            var report = ReportFile.Read(parse.GetValue(file)!.FullName, ReaderChoices.Options(parse.GetValue(noOcr)));
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                ReportJson.Write(report, stdout);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                Render(report);
            }
        }));
        return command;
    }

    private static void Render(Report report)
    {
        var m = report.Metadata;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => grid.AddRow(new Spectre.Console.Text(name, new Style(decoration: Decoration.Bold)), new Spectre.Console.Text(value ?? "—"));
        Row("File", Path.GetFileName(report.Source));
        Row("Type", m.Type);
        Row("Number", m.Number);
        Row("Date", m.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Row("Issuer", m.Issuer);
        Row("Place", m.Place?.ToString());
        Row("Province", m.Province);
        Row("Period", m.Period?.Label);
        Row("Title", m.Title);
        Row("Signer", m.Signer is null ? null : string.Join(", ", new[] { m.Signer.Title, m.Signer.Name }.Where(s => s is not null)));
        AnsiConsole.Write(grid);
        AnsiConsole.WriteLine();

        var tree = new Tree($"[bold]Sections[/] ({report.Preamble.Count} opening paragraphs)");
        foreach (var section in report.Sections)
        {
            AddSection(tree.AddNode(SectionLine(section)), section);
        }

        AnsiConsole.Write(tree);
        AnsiConsole.WriteLine();

        var notes = new Spectre.Console.Table().AddColumn("No.").AddColumn("Footnote").Border(TableBorder.Simple);
        foreach (var note in report.Footnotes)
        {
            notes.AddRow(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(FirstWords(note.Text, 12)));
        }

        AnsiConsole.Write(new Rule($"[bold]Footnotes[/] ({report.Footnotes.Count})").LeftJustified());
        AnsiConsole.Write(notes);
        foreach (var d in report.Diagnostics)
        {
            AnsiConsole.MarkupLine($"[yellow]{d.Level} {d.CodeName}:[/] {Markup.Escape(d.Message)}");
        }
    }

    private static void AddSection(IHasTreeNodes node, Section section)
    {
        foreach (var child in section.Sections)
        {
            AddSection(node.AddNode(SectionLine(child)), child);
        }
    }

    private static string SectionLine(Section s) =>
        $"[bold]{Markup.Escape(s.Label)}[/] {Markup.Escape(FirstWords(s.Title, 14))} [grey]({s.Paragraphs.Count} ¶)[/]";

    private static string FirstWords(string text, int count)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? string.Join(' ', words) : string.Join(' ', words.Take(count)) + " …";
    }
}
