using System.CommandLine;
using System.Text;
using Extractor.Cli;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("Extractor: reads Vietnamese local-government reports (DOCX, PDF, text) into sections, footnotes and indicators.");
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ReindexCommand.Create());
root.Subcommands.Add(SeriesCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return root.Parse(args).Invoke();
