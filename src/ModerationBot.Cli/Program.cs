using System.CommandLine;
using ModerationBot.Cli.Cases;
using ModerationBot.Cli.Checking;
using ModerationBot.Cli.Packaging;
using ModerationBot.Cli.Training;

var root = new RootCommand("ModerationBot command-line tools.");
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(PackageCommand.Create());
root.Subcommands.Add(CasesCommand.Create());
root.Subcommands.Add(TrainMenaceCommand.Create());
root.Subcommands.Add(TrainRemovalCommand.Create());
return await root.Parse(args).InvokeAsync();
