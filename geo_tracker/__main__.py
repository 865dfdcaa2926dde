from geo_tracker.cli import main

main()
