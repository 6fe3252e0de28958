import ArgumentParser

YardstickCommand.main()
