// STUB (foundation): the quality harness (issue 7) replaces this.
Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Bot.Quality -- <dataset.jsonl>");
return 2;
