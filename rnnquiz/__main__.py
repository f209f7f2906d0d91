from rnnquiz.cli.main import main

main()
