from assistant.thin import console

console()
