from caravanwatch.cli import main

main()
