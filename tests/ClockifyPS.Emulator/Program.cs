System.Console.WriteLine("emulator placeholder");
