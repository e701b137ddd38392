"""Struct embedding: the embedded type's String method is promoted; printing slices and maps of Stringers."""

from dataclasses import dataclass

from goexit import fmt, run


@dataclass
class Animal:
    Name: str
    Legs: int

    def __str__(self) -> str:
        return fmt.sprintf("%s (%d legs)", self.Name, self.Legs)

    def describe(self) -> str:
        return "I am " + self.Name


@dataclass
class Dog:
    Animal: Animal
    Breed: str

    def __str__(self) -> str:
        return str(self.Animal)

    def describe(self) -> str:
        return self.Animal.describe()


class Temp(float):
    def __str__(self) -> str:
        return fmt.sprintf("%.1f°C", float(self))


def main() -> None:
    d = Dog(Animal("Rex", 4), "collie")
    fmt.println(d)
    fmt.println(d.describe(), d.Animal.Name, d.Breed)
    fmt.printf("%v|%s|%d\n", d.Animal, d.Animal, d.Animal.Legs)
    zoo = [Animal("cat", 4), Animal("bird", 2)]
    fmt.println(zoo)
    temps = {"oslo": Temp(-3.5), "rome": Temp(18)}
    fmt.println(temps)
    fmt.printf("%v %.2f\n", Temp(21.25), float(Temp(21.25)))


if __name__ == "__main__":
    run(main)
