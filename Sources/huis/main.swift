import HuisKit

print("huis")
